import Foundation

/// Which names a request may ask the preview server for (its `Host` header): the server
/// answers only for itself.
///
/// A web page can re-point its own name at 127.0.0.1 (DNS rebinding) and then read, as a page
/// of its own site, whatever the preview serves: the unpublished dossier. Its requests carry
/// its own name, and are refused. Allowed are `localhost`, `127.0.0.1` and `[::1]`, the address
/// given with `--host`, and, when that is every address of the machine (`0.0.0.0`, `::`), any
/// address: a name is what a rebinding needs. The port is not looked at (a tunnel such as
/// `ssh -L 9000:localhost:8080` changes it). A request without the header (HTTP/1.0) is
/// answered.
struct HostCheck: Sendable {
    /// The names always answered for: this machine's own.
    static let loopbackNames: Set<String> = ["localhost", "127.0.0.1", "[::1]"]

    /// The name of the listening address as a `Host` header gives it (an IPv6 address in
    /// brackets), lowercased.
    private let boundName: String
    /// Whether the server listens on every address of the machine.
    private let boundToEveryAddress: Bool

    /// The check for a server listening on `host` (`--host`).
    init(boundTo host: String) {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        boundName = (bare.contains(":") ? "[\(bare)]" : bare).lowercased()
        boundToEveryAddress = bare == "0.0.0.0" || bare == "::"
    }

    /// Whether a request whose `Host` header is `host` (nil: none) is answered.
    func allows(_ host: String?) -> Bool {
        guard let host else { return true }
        let name = Self.name(in: host)
        return Self.loopbackNames.contains(name) || name == boundName
            || (boundToEveryAddress && Self.isAddress(name))
    }

    /// The name of a `Host` header without its port, lowercased and without a final dot.
    static func name(in host: String) -> String {
        let lowered = host.lowercased()
        let name: Substring
        if lowered.hasPrefix("["), let end = lowered.firstIndex(of: "]") {
            name = lowered[...end]
        } else if let colon = lowered.lastIndex(of: ":"), lowered.firstIndex(of: ":") == colon {
            name = lowered[..<colon]
        } else {
            name = lowered[...]
        }
        return name.hasSuffix(".") ? String(name.dropLast()) : String(name)
    }

    /// Whether `name` is an IPv4 address, or an IPv6 address in brackets.
    private static func isAddress(_ name: String) -> Bool {
        var bytes = in6_addr()
        if name.hasPrefix("[") && name.hasSuffix("]") {
            return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &bytes) == 1
        }
        return inet_pton(AF_INET, name, &bytes) == 1
    }

    /// The answer to a request refused.
    static let refusal = "this preview server answers only for localhost, 127.0.0.1, [::1] and the --host address"
}
