import Foundation

extension QuotationAudit {
    /// The audit of a dossier source folder: its articles' raw texts and their outlets.
    init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/articles").sorted()
        var articles: [String: String] = [:]
        var outlets: [String: [String]] = [:]
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let id = (name as NSString).deletingPathExtension
            articles[id] = try String(contentsOfFile: folder + "/articles/" + name, encoding: .utf8)
            let sidecar = folder + "/articles/" + id + ".yml"
            if let text = try? String(contentsOfFile: sidecar, encoding: .utf8),
                let outlet = Self.value(of: "outlet", in: text)
            {
                outlets[outlet, default: []].append(id)
            }
        }
        self.init(articles: articles, outletArticles: outlets)
    }

    /// The problems in every commentary file of `folder`: the overview, actors, topics,
    /// notes, outlets, the timeline, the dossier settings and the article sidecars.
    func problems(inFolder folder: String) throws -> [Problem] {
        var found: [Problem] = []
        for file in ["index.md", "dossier.yml"] {
            found += problems(in: try String(contentsOfFile: folder + "/" + file, encoding: .utf8), file: file)
        }
        for kind in ["actors", "topics", "notes", "outlets", "articles"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + kind)) ?? []
            for name in names.sorted() where name.hasSuffix(".md") || name.hasSuffix(".yml") {
                let text = try String(contentsOfFile: folder + "/" + kind + "/" + name, encoding: .utf8)
                let own: [String]
                switch kind {
                case "notes": own = Self.value(of: "article", in: text).map { [$0] } ?? []
                case "articles": own = [(name as NSString).deletingPathExtension]
                default: own = []
                }
                found += problems(in: text, file: kind + "/" + name, ownArticles: own)
            }
        }
        let timeline = try String(contentsOfFile: folder + "/timeline.yml", encoding: .utf8)
        for event in timeline.components(separatedBy: "\n  - ") {
            let sources = event.matches(of: /article:\s*(\S+)/).map { String($0.output.1) }
            found += problems(in: event, file: "timeline.yml", ownArticles: sources)
        }
        return found
    }

    /// The value of a top-level `key: value` line (front matter or YAML), unquoted.
    static func value(of key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }
}
