package org.werkraum.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Runs analyzers and components the way Lucene does, without a node. */
final class Tokens {
    record Token(String term, int position, int start, int end) {}

    private Tokens() {}

    static List<Token> of(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return of(analyzer, text).stream().map(Token::term).toList();
    }

    /** One term per input, as a text field with a keyword tokenizer would index a single word. */
    static String term(Analyzer analyzer, String word) {
        List<String> terms = terms(analyzer, word);
        if (terms.size() != 1) {
            throw new IllegalStateException(word + " gives " + terms);
        }
        return terms.get(0);
    }

    /** The keyword tokenizer and lowercase filter, followed by the given token filter components. */
    static Analyzer keywordAnalyzer(TokenFilterFactory... filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                TokenStream tokens = new LowerCaseFilter(tokenizer);
                for (TokenFilterFactory filter : filters) {
                    tokens = filter.create(tokens);
                }
                return new TokenStreamComponents(tokenizer, tokens);
            }
        };
    }

    /** The shared real-world test data (../shared/testdata), as the build passes it. */
    static Path testdata(String file) {
        String root = System.getProperty("werkraum.testdata");
        if (root == null) {
            throw new IllegalStateException("werkraum.testdata is not set; run the tests with Maven");
        }
        return Path.of(root, file);
    }
}
