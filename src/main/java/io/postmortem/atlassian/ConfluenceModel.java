package io.postmortem.atlassian;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Typed views of Confluence Cloud REST v2 JSON, only the fields this app uses (unknown properties ignored). */
public final class ConfluenceModel {

    private ConfluenceModel() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Space(String id, String key, String name, String homepageId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Version(Integer number, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BodyValue(String representation, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(BodyValue storage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(String webui, String base) {
    }

    /** A page; {@code body} is present only when read with {@code body-format=storage}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String id, String status, String title, String spaceId, String parentId, Version version,
            Body body, @JsonProperty("_links") Links links) {

        /** The current version number (1 after create). */
        public int versionNumber() {
            return version == null || version.number() == null ? 0 : version.number();
        }

        /** The storage XHTML, or null when the body was not asked for. */
        public String storageValue() {
            return body == null || body.storage() == null ? null : body.storage().value();
        }

        /**
         * The page's web address: {@code _links.base + _links.webui} when Confluence sent both, else
         * {@code siteBaseUrl} (e.g. {@code https://acme.atlassian.net/wiki}) + webui; null without webui.
         */
        public String webUrl(String siteBaseUrl) {
            if (links == null || links.webui() == null) {
                return null;
            }
            String base = links.base() != null ? links.base() : siteBaseUrl;
            return base.replaceAll("/+$", "") + links.webui();
        }
    }

    /** A new page: {@code parentId} may be null (the page then goes under the space homepage). */
    public record NewPage(String spaceId, String parentId, String title, String storageBody) {

        public NewPage {
            if (spaceId == null || title == null || title.isBlank() || storageBody == null) {
                throw new IllegalArgumentException("A new page needs a space id, a title and a storage body");
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Results<T>(List<T> results) {
    }
}
