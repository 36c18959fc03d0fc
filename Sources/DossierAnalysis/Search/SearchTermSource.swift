import ArabicText

/// What a page's extra search terms are made of: the texts it shows and what the analysis
/// found in them (docs/arabic-text-engine.md §5.3). Never the page's rendered HTML.
///
/// Pagefind folds hamza on alef, drops tashkeel and tatweel and strips «ال»/«بال», but keeps
/// «و», «ل», «ف» on a word: «بوتين» does not find a page with only «وبوتين», «العقوبات» not
/// «والعقوبات». It also does not fold ى/ي, ة/ه or ؤ/ئ, while the search page sends queries
/// through the L1 normaliser (`normalize.js`). So a page's terms are:
/// - the alias behind every gazetteer match in its texts (the match may carry a proclitic);
/// - the canonical name and strong aliases of each actor it mentions or lists, so «ترمب»
///   finds a page that only writes «ترامب»;
/// - the topic title or term behind every match of one carrying a proclitic;
/// - the L1 form of every Arabic word of its texts whose L1 differs from Pagefind's folding.
/// Terms already among the words of the texts are left out, and none is repeated.
package struct SearchTermSource: Sendable, Hashable, Encodable {
    /// Plain texts the page shows and Pagefind indexes (title, article body, commentary).
    package var texts: [String] = []
    /// The aliases of the gazetteer matches found in `texts`, in text order.
    package var aliases: [String] = []
    /// Canonical names and strong aliases of the actors mentioned or listed.
    package var names: [String] = []
    /// Topic titles and terms found behind a proclitic in `texts`, in text order: found
    /// already, or to be found in a text when the terms are made.
    package var topicTerms: [TopicTerms] = []

    /// A source of these texts, aliases, names and topic terms (by default none).
    package init(
        texts: [String] = [], aliases: [String] = [], names: [String] = [], topicTerms: [TopicTerms] = []
    ) {
        self.texts = texts
        self.aliases = aliases
        self.names = names
        self.topicTerms = topicTerms
    }

    /// The topic terms of one text, or that text. A page's fingerprint covers the text (the
    /// terms are a function of it and of the vocabulary, which every fingerprint is salted
    /// with), so only a page that is rendered runs the topic finder over its titles and quotes.
    package enum TopicTerms: Sendable, Hashable, Encodable {
        /// Found already.
        case found([String])
        /// To be found in this text (`SearchVocabulary.topicAliases(in:)`).
        case inText(String)
    }

    /// Adds everything of `other` after what is already there.
    package mutating func append(_ other: SearchTermSource) {
        texts += other.texts
        aliases += other.aliases
        names += other.names
        topicTerms += other.topicTerms
    }

    /// The extra terms, in first-found order, without duplicates or words already in `texts`;
    /// topic terms still to be found are looked for with `vocabulary`.
    package func terms(vocabulary: SearchVocabulary) -> [String] {
        var words = ArabicWords()
        for text in texts {
            ArabicTokenizer.forEachToken(in: text) { words.add($0) }
        }
        return terms(vocabulary: vocabulary, arabicWords: words)
    }

    /// `terms(vocabulary:)` when the Arabic L1 words of `texts` were collected already, while
    /// another search tokenised them.
    package func terms(vocabulary: SearchVocabulary, arabicWords: ArabicWords) -> [String] {
        var collector = TermCollector(pageTexts: texts)
        let topics = topicTerms.flatMap { terms in
            switch terms {
            case .found(let found): found
            case .inText(let text): vocabulary.topicAliases(in: text)
            }
        }
        // Each distinct phrase once: an article names the same alias many times. By their bytes:
        // phrases equal only by canonical equivalence add the same words (`add` reads the NFC).
        var added = ByteStringSet()
        for phrase in aliases + names + topics where added.insert(phrase).inserted {
            collector.add(phrase)
        }
        for word in arabicWords.words { collector.addKeyForm(word) }
        return collector.terms
    }
}
