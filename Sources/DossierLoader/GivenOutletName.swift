import DossierModel

/// The name an article gives its outlet: its sidecar's `outlet_name`, or the name its page
/// credits. Outlets without `outlets/<id>.md` are shown under such a name.
public struct GivenOutletName: Sendable, Hashable, Codable {
    public let name: String
    /// The sidecar's `outlet_name` line; nil for a name read from the page.
    public var location: SourceLocation?

    public init(name: String, location: SourceLocation?) {
        self.name = name
        self.location = location
    }
}

/// The names the articles give each outlet, settled in file order: an editor's `outlet_name`
/// over a name read from a page, and the first editor's over a later one. An editor's
/// `outlet_name` that is not shown, because an earlier sidecar or the outlet's file names it
/// otherwise, is a warning at its line.
struct OutletNaming {
    /// The name each outlet is shown under when it has no outlet file.
    private(set) var names: [String: GivenOutletName] = [:]
    /// Every sidecar's `outlet_name`, by outlet, in file order.
    private var sidecarNames: [String: [GivenOutletName]] = [:]

    /// Takes `given` for outlet `id`.
    mutating func add(_ given: GivenOutletName, for id: String) {
        guard given.location != nil else {
            if names[id] == nil { names[id] = given }
            return
        }
        sidecarNames[id, default: []].append(given)
        if names[id]?.location == nil { names[id] = given }
    }

    /// Warnings at the sidecars' `outlet_name`s that are not shown: those differing from the
    /// `name` of the outlet's file, or, without one, from the first sidecar's.
    func checkSidecars(outletFiles: [String: (name: String, path: String)], diagnostics: inout [Diagnostic]) {
        for id in sidecarNames.keys.sorted() {
            let shown: (name: String, place: String)
            let fix: String
            if let file = outletFiles[id] {
                shown = (file.name, file.path)
                fix = "Delete `outlet_name` here, or change `name:` in \(file.path)."
            } else if let first = names[id], let place = first.location {
                shown = (first.name, place.description)
                fix = "Give `\(id)` the same `outlet_name` in every sidecar, or create outlets/\(id).md with `name: …`."
            } else {
                continue
            }
            for given in sidecarNames[id] ?? [] where given.name != shown.name {
                guard let location = given.location else { continue }
                diagnostics.append(
                    .warning(
                        .outletNameConflict,
                        "outlet `\(id)` is shown as «\(shown.name)», its name in \(shown.place); this `outlet_name` «\(given.name)» is not used",
                        at: location, fix: fix))
            }
        }
    }
}
