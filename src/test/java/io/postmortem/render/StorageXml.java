package io.postmortem.render;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Parses a storage-format body the way Confluence must: as XML, inside a root declaring the ac/ri namespaces. */
final class StorageXml {
    private StorageXml() {
    }

    static Document parse(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        String xml = "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                + body + "</root>";
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
