package io.postmortem.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The cross-validations' folds fitted on every processor at once. Each fold is fitted alone, from its own copy of the
 * rows, by a deterministic trainer, so the results (returned in the folds' order) are the ones a loop would give; only
 * the wall time changes. The learned checks are most of the test command's time, and the folds are independent.
 */
final class Folds {

    interface Fit<K, R> {
        R apply(K fold) throws Exception;
    }

    private Folds() {
    }

    static <K, R> Map<K, R> each(List<K> folds, Fit<K, R> fit) throws Exception {
        int threads = Math.max(1, Math.min(folds.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fold");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (K k : folds) futures.add(pool.submit(() -> fit.apply(k)));
            Map<K, R> out = new LinkedHashMap<>();
            for (int i = 0; i < folds.size(); i++) {
                try {
                    out.put(folds.get(i), futures.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception x) throw x;
                    throw e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
