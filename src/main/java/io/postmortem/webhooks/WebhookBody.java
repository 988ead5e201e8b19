package io.postmortem.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading a webhook's body within a limit, for every webhook endpoint. */
public final class WebhookBody {

    private WebhookBody() {
    }

    /** The body, or null when it is longer than {@code limit} (what was read of it is dropped). */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
