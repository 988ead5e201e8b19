package io.postmortem.publish;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.List;

/**
 * What publishing needs from the document feature (rules and rendering), behind one seam so the process can be
 * read (and tested) on its own. The production implementation delegates to {@code rules.Facilitator} and
 * {@code render.Renderer}.
 */
public interface PublishDocuments {

    /** The findings of the document as it is now (recomputed, never trusted from the stored draft). */
    List<Finding> findings(PostMortem doc);

    /** Redaction rules judge only the external version: their findings never block the internal page. */
    boolean isRedactionRule(String ruleId);

    /** "Post-Mortem: <short descriptor> - YYYY-MM-DD". */
    String pageTitle(PostMortem doc);

    /** The whole template as Confluence storage XHTML. */
    String storage(PostMortem doc);

    /** The external version as Confluence storage XHTML. */
    String externalStorage(PostMortem doc);
}
