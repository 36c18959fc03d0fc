import ArabicText
import DossierModel

// Articles copied into `articles/` by hand get the outlet the dossier already has that their page
// names, as `dossier new article` gives it on import; a name the dossier does not have gives an
// outlet of its own.
extension DossierLoader {
    /// Gives each article that has no outlet (no sidecar `outlet`, no id from its page) the
    /// outlet of `known` its page names, if any, with the line as evidence; else, when its page
    /// credits a name in Arabic only, the outlet of that name under an id made from its letters
    /// (`OutletID.made(fromName:)`), added to `names`. The article's `outlet-without-id`
    /// warning, which asked for an id, is then dropped. `unidentified` holds the names pages
    /// credit without an id, by article id.
    static func attributeOutlets(
        _ articles: inout [Article], unidentified: [String: UnidentifiedOutlet], known: KnownOutlets,
        names: inout OutletNaming, folder: SourceFolder, diagnostics: inout [Diagnostic]
    ) {
        var attributed: Set<String> = []
        for index in articles.indices where articles[index].provenance.outlet == .missing {
            let credit = unidentified[articles[index].id]
            let clues = OutletClues(
                outletID: nil, outletName: credit?.name, outletEvidence: credit?.evidence,
                furniture: articles[index].furniture)
            if let match = known.match(clues) {
                articles[index].outlet = match.id
                var evidence = OutletEvidence(reading: match.evidence)
                evidence.knownOutlet = match.name
                articles[index].provenance.outletEvidence = evidence.description
            } else if let credit, let id = OutletID.made(fromName: credit.name) {
                articles[index].outlet = id
                articles[index].provenance.outletEvidence = credit.evidence
                names.add(GivenOutletName(name: credit.name, location: nil), for: id)
            } else {
                continue
            }
            articles[index].provenance.outlet = .detected
            attributed.insert(folder.displayPath(articles[index].source.relativePath))
        }
        guard !attributed.isEmpty else { return }
        diagnostics.removeAll { $0.code == .outletWithoutID && attributed.contains($0.location?.path ?? "") }
    }
}

/// Ids for outlets that pages name in Arabic only.
public enum OutletID {
    /// The most words an outlet's name has («وكالة الأنباء العمانية», «الهيئة العامة للإذاعة
    /// والتلفزيون»): a longer «name» is a sentence the detector took for one.
    static let maximumWords = 4

    /// The id of the outlet named `name`: its letters in ASCII (`ArabicTransliteration`),
    /// without a first word that says what the outlet is («موقع الصفوة» and «الصفوة» are both
    /// `al-sfwa`) or numbers before it; nil for a name of more than `maximumWords` words, or
    /// when no valid id is left.
    public static func made(fromName name: String) -> String? {
        var words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0.isPunctuation }) { words.removeFirst() }
        if words.count > 1, KnownOutlets.isDescriptor(words[0]) { words.removeFirst() }
        guard words.count <= maximumWords else { return nil }
        let slug = ArabicTransliteration.slug(words.joined(separator: " "))
        return Identifier.isValid(slug) ? slug : nil
    }
}
