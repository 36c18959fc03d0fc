import Testing

@testable import DossierServer

/// The bounds on open connections and live-reload streams follow the files the process may
/// open, leaving a rebuild its share.
struct ConnectionLimitsTests {
    @Test(arguments: [
        (128, 16, 12), (256, 64, 48), (1024, 448, 256), (4096, 1024, 256), (Int.max, 1024, 256), (0, 16, 12),
    ])
    func limitsFollowTheFilesAllowed(descriptors: Int, connections: Int, eventStreams: Int) {
        let limits = ConnectionLimits(descriptors: descriptors)
        #expect(limits.connections == connections)
        #expect(limits.eventStreams == eventStreams)
        #expect(limits.connections < max(descriptors, 32))
    }
}
