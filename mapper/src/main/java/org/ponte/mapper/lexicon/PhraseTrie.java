package org.ponte.mapper.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A trie of token phrases with a value at each phrase end; finds the longest phrase starting
 * at a position of a token sequence. Built once, then read by many threads.
 *
 * @param <T> the value stored with each phrase
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    /** Adds a phrase (folded tokens) with its value; a phrase may carry several values. */
    public void add(List<String> tokens, T value) {
        if (tokens.isEmpty()) return;
        Node<T> n = root;
        for (String t : tokens) {
            if (n.next == null) n.next = new HashMap<>();
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /**
     * The longest phrase starting at {@code from} in {@code folded}, or null.
     *
     * @param folded the folded tokens of a text
     * @return a match whose end is exclusive, carrying every value of that phrase
     */
    public Match<T> longest(List<String> folded, int from) {
        Node<T> n = root;
        List<T> best = null;
        int bestEnd = -1;
        for (int i = from, size = folded.size(); i < size; i++) {
            if (n.next == null) break;
            n = n.next.get(folded.get(i));
            if (n == null) break;
            if (n.values != null) {
                best = n.values;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Match<>(from, bestEnd, best);
    }

    /** A phrase found at [start, end) with its values. */
    public record Match<T>(int start, int end, List<T> values) {
        public T value() { return values.get(0); }
    }

    /** Visits every phrase. */
    public void forEach(BiConsumer<List<String>, T> visitor) {
        walk(root, new ArrayList<>(), visitor);
    }

    private void walk(Node<T> n, List<String> path, BiConsumer<List<String>, T> visitor) {
        if (n.values != null) for (T v : n.values) visitor.accept(List.copyOf(path), v);
        if (n.next == null) return;
        for (Map.Entry<String, Node<T>> e : n.next.entrySet()) {
            path.add(e.getKey());
            walk(e.getValue(), path, visitor);
            path.remove(path.size() - 1);
        }
    }
}
