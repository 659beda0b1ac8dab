package org.werkraum.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each token followed by the words {@link GermanDecompounder} finds in it, at the same
 * position and with the same offsets, as Lucene's compound word filters do: "blogeinträge" is
 * followed by "blog" and "einträge".
 */
final class GermanCompoundFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> parts = new ArrayDeque<>();
    private State token;

    GermanCompoundFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            restoreState(token);
            term.setEmpty().append(parts.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        parts.addAll(GermanDecompounder.wordsIn(term.toString()));
        if (!parts.isEmpty()) {
            token = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        token = null;
    }
}
