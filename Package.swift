// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Test-only: the reference the template engine's output is compared with.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // The preview server's shutdown on SIGINT/SIGTERM (Hummingbird runs in a service group).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // The preview server's log level (Hummingbird logs through it).
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // Test-only: property-based fuzz tests of the text engine and the readers.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "DossierModel"),
        .target(name: "ArabicText"),
        .target(
            name: "DossierLoader",
            dependencies: [
                "DossierModel", "ArabicText",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The default templates and assets, embedded at build time from Templates/ by the
        // EmbedTemplates plugin (its tool is TemplateEmbedder).
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        .target(name: "DossierTemplates", plugins: ["EmbedTemplates"]),
        .target(
            name: "DossierRenderer",
            dependencies: [
                "DossierModel", "ArabicText", "CCmark", "DossierTemplates",
            ]
        ),
        .target(name: "COutputSupport"),
        .target(
            name: "DossierOutput",
            dependencies: ["DossierModel", "COutputSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "DossierAnalysis",
            dependencies: [
                "DossierModel", "ArabicText", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
        .target(
            name: "DossierSite",
            dependencies: [
                "DossierModel", "ArabicText", "DossierLoader", "DossierAnalysis", "DossierRenderer", "DossierOutput",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "DossierCommands",
            dependencies: [
                "DossierModel", "ArabicText", "DossierLoader", "DossierAnalysis", "DossierOutput", "DossierSite",
            ]
        ),
        .target(
            name: "DossierServer",
            dependencies: [
                "DossierSite", "DossierLoader", "DossierOutput", "DossierRenderer",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The bound on open connections (`MaximumAvailableConnections`).
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierSite", "DossierServer", "DossierOutput", "DossierLoader", "DossierCommands", "DossierRenderer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (Debian libjemalloc-dev) serves the program's memory: with glibc's malloc a
            // clean build of 10,000 articles spent a tenth of its time in the allocator (see
            // docs/architecture.md §3).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "ArabicTextTests",
            dependencies: ["ArabicText", .product(name: "PropertyBased", package: "swift-property-based")],
            // Read by path (`#filePath`), not bundled.
            exclude: ["Resources"]),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(
            name: "DossierLoaderTests",
            dependencies: [
                "DossierLoader", "DossierModel", .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "DossierRendererTests",
            dependencies: ["DossierRenderer", "DossierModel", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(
            name: "DossierAnalysisTests",
            dependencies: ["DossierAnalysis", "DossierLoader", "DossierModel", "ArabicText", "DossierTestFixtures"]),
        .testTarget(name: "DossierOutputTests", dependencies: ["DossierOutput"]),
        .testTarget(name: "DossierCommandsTests", dependencies: ["DossierCommands"]),
        .testTarget(
            name: "DossierSiteTests",
            dependencies: [
                "DossierSite", "DossierAnalysis", "DossierOutput", "DossierModel", "ArabicText", "DossierTestFixtures",
            ]),
        .testTarget(
            name: "DossierServerTests",
            dependencies: ["DossierServer", "DossierSite", "DossierOutput", "DossierAnalysis"]),
        .testTarget(name: "dossierTests", dependencies: ["DossierModel"]),
        // Fixture dossiers shared by the analysis and site tests (a library only tests depend on).
        .target(name: "DossierTestFixtures", dependencies: ["DossierModel"], path: "Tests/DossierTestFixtures"),
    ],
    swiftLanguageModes: [.v6]
)
