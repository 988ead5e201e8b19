package io.postmortem.atlassian;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The {@link AtlassianSites} the features use: hands each tenant to the way in that {@link AtlassianSites#serves
 * serves} it, in {@code @Order} (the Connect implementation last, as the default).
 */
@Component
@Primary
public class TenantSites implements AtlassianSites {

    private final ObjectProvider<AtlassianSites> all;
    private volatile List<AtlassianSites> ordered;

    public TenantSites(ObjectProvider<AtlassianSites> all) {
        this.all = all;
    }

    @Override
    public AtlassianSite jira(String tenant) {
        return of(tenant).jira(tenant);
    }

    @Override
    public Optional<AtlassianSite> confluenceFor(String jiraTenant) {
        return of(jiraTenant).confluenceFor(jiraTenant);
    }

    @Override
    public Optional<AtlassianSite> personalDataReporting(String tenant) {
        return of(tenant).personalDataReporting(tenant);
    }

    @Override
    public List<String> jiraTenants() {
        return ways().stream().flatMap(w -> w.jiraTenants().stream()).distinct().toList();
    }

    private AtlassianSites of(String tenant) {
        for (AtlassianSites way : ways()) {
            if (way.serves(tenant)) return way;
        }
        throw new UnknownSiteException("No way in serves this tenant");
    }

    private List<AtlassianSites> ways() {
        List<AtlassianSites> ways = ordered;
        if (ways == null) {
            ways = all.orderedStream().filter(s -> s != this).toList();
            ordered = ways;
        }
        return ways;
    }
}
