package org.werkraum.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * The whole input as one token. The node lacks a keyword tokenizer of its own, and normalizers may
 * not use plugin filters, so a case- and accent-insensitive keyword is a text field analyzed with
 * this tokenizer, {@code lowercase} and {@code werkraum_asciifolding}.
 */
@NamedComponent("werkraum_keyword")
public class KeywordTokenizerFactory implements TokenizerFactory {
    @Override
    public Tokenizer create() {
        return new KeywordTokenizer();
    }
}
