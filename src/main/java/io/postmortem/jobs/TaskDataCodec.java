package io.postmortem.jobs;

/**
 * A compact stored form for one kind of job data, for jobs written on a hot path (a bean of this type is picked up
 * by {@link TaskDataSerializer}); all other job data is stored with Java serialization.
 *
 * @param <T> the job data's type
 */
public interface TaskDataCodec<T> {

    Class<T> type();

    /** Four bytes that start every stored value of this kind (never Java serialization's 0xACED). */
    byte[] marker();

    /** The value's bytes, after the marker. */
    byte[] encode(T value);

    /** The value from the bytes that follow the marker. */
    T decode(byte[] data, int offset, int length);
}
