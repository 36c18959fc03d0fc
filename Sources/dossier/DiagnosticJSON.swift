import DossierModel
import Foundation

/// A diagnostic as one line of JSON for `--format json`: severity, code, message, file, line,
/// column, fix (absent fields are null).
enum DiagnosticJSON {
    private struct Record: Encodable {
        let severity: String
        let code: String
        let message: String
        let file: String?
        let line: Int?
        let column: Int?
        let fix: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(fix, forKey: .fix)
        }

        enum CodingKeys: String, CodingKey { case severity, code, message, file, line, column, fix }
    }

    /// The JSON text of `diagnostic`, on one line.
    static func line(for diagnostic: Diagnostic) -> String {
        let record = Record(
            severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue, message: diagnostic.message,
            file: diagnostic.location?.path, line: diagnostic.location?.line, column: diagnostic.location?.column,
            fix: diagnostic.fix)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
