package io.postmortem.postmortem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Null-safe immutable copies for the document's lists (JSON may omit them or carry nulls). */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        if (list == null) return List.of();
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) if (t != null) out.add(t);
        return Collections.unmodifiableList(out);
    }

    static <T> T orElse(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
