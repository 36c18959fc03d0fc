import ArabicText

/// Gazetteers used by the mention tests.
enum TestGazetteers {
    /// The M-row gazetteer of docs/arabic-text-engine.md §12.2.
    static let mRows = Gazetteer(entities: [
        GazetteerEntity(id: "putin", strongAliases: ["فلاديمير بوتين", "بوتين", "بوتن"]),
        GazetteerEntity(id: "kremlin", strongAliases: ["الكرملين"]),
        GazetteerEntity(id: "musk", strongAliases: ["إيلون ماسك"], weakAliases: ["ماسك"]),
        GazetteerEntity(id: "ian_bremmer", strongAliases: ["إيان بريمر"], weakAliases: ["بريمر"]),
        GazetteerEntity(id: "eli_bremmer", strongAliases: ["إيلي بريمر"], weakAliases: ["بريمر"]),
        GazetteerEntity(id: "lavrov", strongAliases: ["سيرغي لافروف", "لافروف"]),
        GazetteerEntity(id: "blinken", strongAliases: ["أنتوني بلينكن", "بلينكن"]),
        GazetteerEntity(id: "washington", strongAliases: ["واشنطن"]),
        GazetteerEntity(id: "khamenei", strongAliases: ["علي خامنئي", "خامنئي"]),
        GazetteerEntity(id: "pentagon", strongAliases: ["البنتاغون", "البنتاجون"]),
        GazetteerEntity(id: "trump", strongAliases: ["دونالد ترامب", "ترامب", "ترمب"]),
        GazetteerEntity(id: "zelensky", strongAliases: ["زيلينسكي", "زيلنسكي"]),
        GazetteerEntity(id: "xi", strongAliases: ["شي جين بينغ", "شي جين بينج", "شي جينبينغ"]),
        GazetteerEntity(id: "spacex", strongAliases: ["سبيس إكس", "SpaceX"]),
        GazetteerEntity(id: "starlink", strongAliases: ["ستارلينك", "Starlink"]),
    ])

    /// The seed-article gazetteer: the M rows plus spellings and actors met in the seeds.
    static let seeds = Gazetteer(entities: [
        GazetteerEntity(id: "putin", strongAliases: ["فلاديمير بوتين", "بوتين", "بوتن"]),
        GazetteerEntity(id: "kremlin", strongAliases: ["الكرملين"]),
        GazetteerEntity(id: "musk", strongAliases: ["إيلون ماسك"], weakAliases: ["ماسك"]),
        GazetteerEntity(
            id: "ian_bremmer", strongAliases: ["إيان بريمر", "إيان بريمير"], weakAliases: ["بريمر", "بريمير"]),
        GazetteerEntity(id: "eli_bremmer", strongAliases: ["إيلي بريمر"], weakAliases: ["بريمر"]),
        GazetteerEntity(id: "pentagon", strongAliases: ["البنتاغون", "البنتاجون"]),
        GazetteerEntity(id: "trump", strongAliases: ["دونالد ترامب", "ترامب", "ترمب"]),
        GazetteerEntity(id: "zelensky", strongAliases: ["فولوديمير زيلينسكي", "زيلينسكي", "زيلنسكي"]),
        GazetteerEntity(id: "xi", strongAliases: ["شي جين بينغ", "شي جين بينج", "شي جينبينغ"]),
        GazetteerEntity(id: "spacex", strongAliases: ["سبيس إكس", "سبيس أكس", "SpaceX"]),
        GazetteerEntity(id: "starlink", strongAliases: ["ستارلينك", "Starlink"]),
        GazetteerEntity(id: "nasa", strongAliases: ["ناسا", "NASA"]),
        GazetteerEntity(id: "bill_nelson", strongAliases: ["بيل نيلسون"], weakAliases: ["نيلسون"]),
        GazetteerEntity(id: "biden", strongAliases: ["جو بايدن", "بايدن"]),
    ])

    /// Resolved mentions as (entity id, L0 surface) pairs.
    static func resolved(_ text: String, in gazetteer: Gazetteer = mRows) -> [Pair] {
        MentionFinder(gazetteer: gazetteer).mentions(in: text).compactMap { mention in
            mention.entityID.map { Pair(id: $0, surface: mention.surface) }
        }
    }

    /// An entity id with the surface text it was found under.
    struct Pair: Hashable, CustomStringConvertible {
        let id: String
        let surface: String
        var description: String { "\(id):\(surface)" }
    }
}
