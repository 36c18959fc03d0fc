import ArabicText
import DossierModel
import Foundation

/// The outlets a dossier already has, to recognise them on a page being imported: each
/// outlet file's `name` and web address, and each sidecar's `outlet` with its `outlet_name`.
///
/// The detector (`OutletDetector`) reads who a page says publishes it, but an Arabic name
/// gives it no id. A dossier is usually collected from a handful of outlets, so the id is
/// often one the dossier already uses: a page naming «الشرق الأوسط» in its footer, in a
/// dossier whose `outlets/aawsat.md` says `name: الشرق الأوسط`, is from `aawsat`.
public struct KnownOutlets: Sendable {
    /// A known outlet that the page names.
    public struct Match: Sendable, Hashable {
        public let id: String
        /// The outlet's name as the dossier writes it.
        public let name: String
        /// Where the page names it, and the line.
        public let evidence: String
    }

    /// One outlet: its id, its name, and the word keys of its names (whole and without a
    /// word such as «صحيفة») and of its web host.
    fileprivate struct Entry: Sendable {
        let id: String
        let name: String
        let nameKeys: [String]
        let host: String?
    }

    private let entries: [Entry]

    /// Words that describe what an outlet is rather than name it: «قناة الجزيرة» is credited
    /// as «شبكة الجزيرة».
    private static let descriptors: Set<String> = [
        "صحيفه", "جريده", "موقع", "قناه", "شبكه", "وكاله", "مجله", "اذاعه", "تلفزيون", "منصه", "بوابه",
    ]

    /// Whether `word` describes what an outlet is («موقع», «صحيفة») rather than names it.
    static func isDescriptor(_ word: String) -> Bool { descriptors.contains(TextLine.wordKey(word)) }

    /// The outlets of `outletFiles` (by id), under their files' names and with their web
    /// hosts, and the others `otherNames` names (by id: sidecars' `outlet_name`, names read
    /// from pages), an outlet file's name winning.
    init(outletFiles: [String: DossierLoader.OutletFile], otherNames: [String: String]) {
        var names = otherNames
        for (id, file) in outletFiles { names[id] = file.outlet.name }
        entries = names.keys.sorted().map { id in
            let name = names[id] ?? id
            let host = outletFiles[id]?.outlet.url.flatMap(Self.host(of:))
            return Entry(id: id, name: name, nameKeys: Self.keys(of: name), host: host)
        }
    }

    /// The outlets of the dossier at `sourceFolder`: its outlet files, read as a build reads
    /// them, and each sidecar's `outlet` with its `outlet_name`. Files that cannot be read are
    /// left out: `check` and `build` report them.
    public init(sourceFolder: String) {
        let folder = SourceFolder(sourceFolder)
        var ignored: [Diagnostic] = []
        var names: [String: String] = [:]
        for path in folder.files(in: "articles") where Identifier.fileExtension(of: path) == "yml" {
            guard let (id, name) = Self.outlet(inSidecar: path, folder: folder), names[id] == nil else { continue }
            names[id] = name
        }
        self.init(outletFiles: DossierLoader.readOutletFiles(folder, diagnostics: &ignored), otherNames: names)
    }

    /// The furniture read for an outlet's name, most telling first. Pages name themselves in
    /// footers and credits, but also where the classifier files other things: «لا تعبر
    /// بالضرورة عن رأي إيلاف» (comments), «العين الثالثة/ متابعات» (caption). Captions come
    /// last, and count only when the name opens them, as in a credit: most describe a photo
    /// («قمة الشرق الأوسط») or credit an agency. The headline, other stories and the body are
    /// never read.
    private static let nameKinds: [FurnitureKind] = [.footer, .byline, .navigation, .comments, .media, .caption]
    /// Headlines of other stories, where «الشرق الأوسط» is a region and «الاتحاد» a union: a
    /// name there counts only when the page repeats it, as a site promoting itself does
    /// («أخبار اليوم السابع على Google News تابعوا آخر أخبار اليوم السابع»), and an outlet's
    /// web address counts as anywhere.
    private static let headlineKinds: [FurnitureKind] = [.ticker, .related]
    private static let addressKinds: [FurnitureKind] = nameKinds + headlineKinds

    /// The known outlet the page of `clues` names where pages name their own outlet: the
    /// one whose id the detector made; the one the name the detector read names, when it names
    /// one; else, when the detector found no id, the first furniture line, in `nameKinds`
    /// order, that names exactly one known outlet (a menu of sister sites naming two decides
    /// nothing), else the first line in `addressKinds` holding one's web address, else the one
    /// outlet named twice or more in `headlineKinds`.
    public func match(_ clues: OutletClues) -> Match? {
        // An id made from the page's web address that the dossier already has is that outlet,
        // under the dossier's name for it.
        if let id = clues.outletID, let evidence = clues.outletEvidence,
            let entry = entries.first(where: { $0.id == id })
        {
            return Match(id: entry.id, name: entry.name, evidence: evidence)
        }
        if let name = clues.outletName, let evidence = clues.outletEvidence {
            // The name must name one known outlet, and its line no other: a copyright line of two
            // sites («© 2024 صحيفة الوادي | نهر نيوز») decides nothing, though its name is the first.
            let (key, line) = (" " + TextLine.wordKey(name) + " ", " " + TextLine.wordKey(evidence) + " ")
            let named = entries.filter { $0.nameKeys.contains { Self.names(read: key, known: $0) } }
            let inLine = entries.filter { $0.nameKeys.contains { line.contains(" " + $0 + " ") } }
            if named.count == 1, inLine.count <= 1, let entry = named.first {
                return Match(id: entry.id, name: entry.name, evidence: evidence)
            }
        }
        guard clues.outletID == nil else { return nil }
        let byName = first(in: clues, kinds: Self.nameKinds, reading: { " " + TextLine.wordKey($0) + " " }) {
            entry, line, key in
            // The line the detector read its name from was judged by that name, whole: a known
            // name inside it («اليوم» in «© الإمارات اليوم») is part of another outlet's.
            clues.outletEvidence?.hasSuffix(line.text) != true
                && entry.nameKeys.contains {
                    line.kind == .caption ? key.hasPrefix(" " + $0 + " ") : key.contains(" " + $0 + " ")
                }
        }
        return byName
            ?? first(in: clues, kinds: Self.addressKinds, reading: { $0.lowercased() }) { entry, _, text in
                entry.host.map { text.contains($0) } ?? false
            } ?? repeated(in: clues)
    }

    /// The one known outlet whose name the page's `headlineKinds` lines hold twice or more, in
    /// one line or several. A line that another holds whole is not counted: pages print their
    /// own headline again and again, and a region it names is not repeated by the page.
    ///
    /// Only the lines naming a known outlet are compared with each other (a line holding one
    /// whole names that outlet too), and a line printed again is compared once: a page of
    /// 5,000 one-word lines filed as other stories' headlines took a minute, comparing each
    /// line with every other.
    private func repeated(in clues: OutletClues) -> Match? {
        var seen: Set<String> = []
        let naming = clues.furniture.filter { Self.headlineKinds.contains($0.kind) }.compactMap {
            line -> (line: Furniture, key: String)? in
            let key = " " + TextLine.wordKey(line.text) + " "
            let names = entries.contains { entry in entry.nameKeys.contains { key.contains(" " + $0 + " ") } }
            return names && seen.insert(key).inserted ? (line, key) : nil
        }
        let lines = Self.notHeld(naming)
        let counted = entries.compactMap { entry -> (Entry, first: Int)? in
            var count = 0
            var first: Int?
            for (index, line) in lines.enumerated() {
                let times = entry.nameKeys.map { line.key.components(separatedBy: " " + $0 + " ").count - 1 }.max() ?? 0
                if times > 0, first == nil { first = index }
                count += times
            }
            return count >= 2 ? first.map { (entry, $0) } : nil
        }
        guard counted.count == 1, let (entry, index) = counted.first else { return nil }
        return Match(entry, line: lines[index].line)
    }

    /// The lines of `lines` (their keys distinct) that no other holds whole. A key is padded
    /// with spaces, so one inside another is a run of its words: each line is compared only with
    /// the longer lines holding its rarest word, not with every line, so that thousands of lines
    /// naming one outlet («تابعوا نهر نيوز …», 5,000 took 28 s) are read in a moment.
    private static func notHeld(_ lines: [(line: Furniture, key: String)]) -> [(line: Furniture, key: String)] {
        let words = lines.map { Set($0.key.split(separator: " ")) }
        var holding: [Substring: [Int]] = [:]
        for (index, lineWords) in words.enumerated() {
            for word in lineWords { holding[word, default: []].append(index) }
        }
        return lines.indices.filter { index in
            let key = lines[index].key
            let rarest = words[index].min { holding[$0, default: []].count < holding[$1, default: []].count }
            let others = rarest.map { holding[$0, default: []] } ?? Array(lines.indices)
            return !others.contains { lines[$0].key.utf8.count > key.utf8.count && lines[$0].key.contains(key) }
        }.map { lines[$0] }
    }

    /// The first line of `kinds` (in that order) where `names` finds exactly one outlet, given
    /// the line and what `reading` makes of its text (once a line, not once an outlet).
    private func first(
        in clues: OutletClues, kinds: [FurnitureKind], reading: (String) -> String,
        where names: (Entry, Furniture, String) -> Bool
    ) -> Match? {
        for kind in kinds {
            for line in clues.furniture where line.kind == kind {
                let read = reading(line.text)
                let found = entries.filter { names($0, line, read) }
                guard found.count == 1, let entry = found.first else { continue }
                return Match(entry, line: line)
            }
        }
        return nil
    }

    /// Whether the name the detector read, as the word key `read` (with a space at each end),
    /// is the known outlet name `known` (a word key): the same words, give or take words such
    /// as «صحيفة» before them and qualifiers after them («الشرق الأوسط اللندنية», «الوطن 24»).
    /// A known name inside another is not that outlet: «الإمارات اليوم» is not «اليوم», nor
    /// «الشرق الأوسط» «الشرق».
    static func names(read: String, known: String) -> Bool {
        let knownWords = known.split(separator: " ")
        var words = read.split(separator: " ")[...]
        while let first = words.first, words.count > knownWords.count, descriptors.contains(String(first)) {
            words.removeFirst()
        }
        return words.starts(with: knownWords) && words.dropFirst(knownWords.count).allSatisfy(isQualifier)
    }

    /// Whether `word` (a word key) may follow an outlet's name in a credit without naming
    /// another outlet: a number, a Latin word, «نت», or an adjective of relation with its
    /// article («اللندنية», «الإخباري»).
    private static func isQualifier(_ word: Substring) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII } || word == "نت"
            || (word.hasPrefix("ال") && word.count >= 5 && (word.hasSuffix("يه") || word.hasSuffix("ي")))
    }

    /// The word keys an outlet's name is matched by: the whole name and, when it starts with a
    /// descriptor word, the rest, when that has four characters or more («صحيفة الوادي» is
    /// matched by «الوادي» too).
    private static func keys(of name: String) -> [String] {
        let key = TextLine.wordKey(name)
        guard !key.isEmpty else { return [] }
        var keys = [key]
        let words = key.split(separator: " ")
        if words.count > 1, descriptors.contains(String(words[0])) {
            let rest = words.dropFirst().joined(separator: " ")
            if rest.count >= 4 { keys.append(rest) }
        }
        return keys
    }

    /// The host of a web address, lower-cased, without `www.`.
    private static func host(of address: String) -> String? {
        guard let host = URL(string: address)?.host?.lowercased(), host.contains(".") else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The `outlet` of a sidecar with its `outlet_name`, when it has both.
    private static func outlet(inSidecar path: String, folder: SourceFolder) -> (String, String)? {
        var ignored: [Diagnostic] = []
        guard let text = TextFile.read(path, in: folder, limit: .sidecar, diagnostics: &ignored) else { return nil }
        // Only the two keys are parsed: the rest of a sidecar (corrections, comments) can be long.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            $0.hasPrefix("outlet:") || $0.hasPrefix("outlet_name:")
        }
        guard lines.count == 2,
            let mapping = YAMLMapping.parse(
                lines.joined(separator: "\n"), path: path, firstLine: 1, diagnostics: &ignored),
            let id = mapping.string("outlet", diagnostics: &ignored), Identifier.isValid(id), id != "unknown",
            let name = mapping.string("outlet_name", diagnostics: &ignored), !name.isEmpty
        else { return nil }
        return (id, name)
    }
}

extension KnownOutlets.Match {
    /// `entry`, named in furniture line `line` (an extension keeps the memberwise initialiser).
    fileprivate init(_ entry: KnownOutlets.Entry, line: Furniture) {
        self.init(
            id: entry.id, name: entry.name,
            evidence: OutletEvidence(place: .furniture(line.kind, line: line.line), text: line.text).description)
    }
}
