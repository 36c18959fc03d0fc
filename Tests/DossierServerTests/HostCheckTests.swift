import Testing

@testable import DossierServer

/// The preview answers requests for its own names only: a page using DNS rebinding asks with
/// its own name and is refused.
struct HostCheckTests {
    @Test(arguments: [
        "127.0.0.1:8080", "localhost:8080", "LocalHost:8080", "localhost.:8080", "[::1]:8080", "127.0.0.1", "localhost",
        "localhost:9000",
    ])
    func loopbackNamesAreAnswered(host: String) {
        #expect(HostCheck(boundTo: "127.0.0.1").allows(host))
    }

    @Test(arguments: [
        "attacker.example", "attacker.example:8080", "localhost.attacker.example:8080", "127.0.0.1.nip.io:8080",
        "10.0.0.5:8080", "", "[::1", "::1",
    ])
    func otherNamesAreRefused(host: String) {
        #expect(!HostCheck(boundTo: "127.0.0.1").allows(host))
    }

    @Test func aRequestWithoutHostIsAnswered() {
        #expect(HostCheck(boundTo: "127.0.0.1").allows(nil))
    }

    @Test func theAddressGivenIsAnswered() {
        #expect(HostCheck(boundTo: "preview.lan").allows("PREVIEW.lan:8080"))
        #expect(!HostCheck(boundTo: "preview.lan").allows("attacker.example:8080"))
        #expect(HostCheck(boundTo: "192.168.1.5").allows("192.168.1.5:8080"))
        #expect(HostCheck(boundTo: "fe80::1").allows("[fe80::1]:8080"))
        #expect(HostCheck(boundTo: "[fe80::1]").allows("[FE80::1]:8080"))
    }

    @Test func everyAddressAnswersAddressesButNotNames() {
        for wildcard in ["0.0.0.0", "::"] {
            let check = HostCheck(boundTo: wildcard)
            #expect(check.allows("192.168.1.5:8080"))
            #expect(check.allows("[fe80::1]:8080"))
            #expect(check.allows("localhost:8080"))
            #expect(!check.allows("attacker.example:8080"))
        }
    }
}
