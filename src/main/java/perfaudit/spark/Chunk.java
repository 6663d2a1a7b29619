package perfaudit.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Inputs audited together, as one chunk of {@code perfaudit audit}: the same files in the same order,
 * so that the same findings come out in the same order. {@code index} is its place in the run.
 */
public record Chunk(int index, List<InputRef> inputs) implements Serializable {

    public Chunk {
        inputs = List.copyOf(inputs);
    }
}
