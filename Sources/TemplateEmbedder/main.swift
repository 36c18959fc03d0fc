import Foundation

// Writes a Swift source holding every visible file of a templates folder, base64-encoded (a
// string literal compiles fast and keeps binary fonts byte for byte), sorted by path.
// Usage: TemplateEmbedder TEMPLATES_FOLDER OUTPUT_SWIFT_FILE. Run by the EmbedTemplates plugin.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder TEMPLATES_FOLDER OUTPUT_SWIFT_FILE\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.resolvingSymlinksInPath()
let output = URL(fileURLWithPath: arguments[2])

var entries: [(path: String, data: Data)] = []
let keys: [URLResourceKey] = [.isRegularFileKey]
if let enumerator = FileManager.default.enumerator(
    at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
{
    for case let url as URL in enumerator
    where (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true {
        // The path inside the folder as listed; a linked file is read through its link.
        let full = url.standardizedFileURL.path
        let path = String(full.dropFirst(folder.path.count + 1))
        guard let data = FileManager.default.contents(atPath: full) else {
            FileHandle.standardError.write(Data("TemplateEmbedder: cannot read \(full)\n".utf8))
            exit(1)
        }
        entries.append((path, data))
    }
}
guard !entries.isEmpty else {
    FileHandle.standardError.write(Data("TemplateEmbedder: no files in \(folder.path)\n".utf8))
    exit(1)
}
entries.sort { $0.path < $1.path }

var source = "// Generated from Templates/ by the EmbedTemplates plugin at build time: do not edit.\n\n"
source += "extension EmbeddedTemplates {\n"
source += "    static let encodedFiles: [(path: String, base64: String)] = [\n"
for entry in entries {
    // Paths are plain ASCII names; escape the two characters a string literal cannot hold as is.
    let path = entry.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(path)\", \"\(entry.data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("TemplateEmbedder: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
