import Foundation
import Testing

@testable import DossierSite

/// The build cache's encoder: what it writes `JSONDecoder` reads back as the value encoded,
/// and a misuse it cannot stream throws instead of writing broken JSON.
struct StreamingJSONEncoderTests {
    private struct Empty: Codable, Equatable {}

    private struct Leaf: Codable, Equatable {
        var values: [Int?]
    }

    private struct Sample: Codable, Equatable {
        var text = "قال \"المتحدث\"\\\n\t\u{01}/ «نعم»"
        var negative = -3
        var small: UInt8 = 200
        var large: Int64 = .max
        var fraction = 0.1
        var tiny: Float = 1e-5
        var huge = 1e300
        var missing: Int?
        var present: String? = "y"
        var nestedArrays = [[1, 2], [], [3]]
        var byName = ["k": [Empty(), Empty()], "z": []]
        var byNumber = [3: "a", 1: "b"]
        var empty = Empty()
        var data = Data([0, 1, 255])
        var address = URL(string: "https://example.org/a?b=1")
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var range = 1..<5
        var leaves = [Leaf(values: [nil, 2]), Leaf(values: [])]
        var flag = true
    }

    @Test func whatItWritesDecodesToTheSameValue() throws {
        let value = Sample()
        let bytes = try StreamingJSONEncoder.encode(value)
        #expect(try JSONDecoder().decode(Sample.self, from: Data(bytes)) == value)
        // Foundation's own parser accepts it too, and sees the same members.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["text"] as? String == value.text)
        #expect(object["missing"] == nil)
        #expect(object["data"] as? String == "AAH/")
        #expect(object["address"] as? String == "https://example.org/a?b=1")
    }

    @Test func containersAndEmptyValuesAreSpelledLikeJSONEncoder() throws {
        func json<Value: Encodable>(_ value: Value) throws -> String {
            String(decoding: try StreamingJSONEncoder.encode(value), as: UTF8.self)
        }
        #expect(try json(Empty()) == "{}")
        #expect(try json([Empty()]) == "[{}]")
        #expect(try json([[Int]]()) == "[]")
        #expect(try json("a\"b") == #""a\"b""#)
        #expect(try json(Leaf(values: [nil, 2])) == #"{"values":[null,2]}"#)
        #expect(try json(["only": [1]]) == #"{"only":[1]}"#)
    }

    /// A subclass and its superclass both ask the same encoder for its container.
    @Test func aSubclassSharesItsSuperclassObject() throws {
        let bytes = try StreamingJSONEncoder.encode(Derived())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["base"] as? Int == 1)
        #expect(object["derived"] as? String == "x")
    }

    @Test func valuesJSONCannotSpellThrow() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(["x": Float.infinity]) }
    }

    /// Writing into a container after a later one was started cannot be streamed.
    @Test func writingOutOfOrderThrows() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(OutOfOrder()) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(TwoKinds()) }
    }

    private struct OutOfOrder: Encodable {
        enum Keys: CodingKey { case list, number }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try container.encode(1, forKey: .number)
            try list.encode(2)
        }
    }

    private struct TwoKinds: Encodable {
        enum Keys: CodingKey { case number }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .number)
            var list = encoder.unkeyedContainer()
            try list.encode(2)
        }
    }
}

/// A superclass for `aSubclassSharesItsSuperclassObject`.
private class Base: Encodable {
    var base = 1
}

/// Encodes its own key, then its superclass's into the same object.
private final class Derived: Base {
    var derived = "x"

    private enum Keys: CodingKey { case derived }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(derived, forKey: .derived)
        try super.encode(to: encoder)
    }
}
