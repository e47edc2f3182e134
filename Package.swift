// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "impact",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "impact", targets: ["impact"]),
    .executable(name: "impact-bench", targets: ["ImpactBench"]),
    // The layers the fuzz targets (Fuzz/, `make fuzz`) drive directly.
    .library(name: "ImpactModel", targets: ["ImpactModel"]),
    .library(name: "ImpactIngest", targets: ["ImpactIngest"]),
    .library(name: "ImpactAnalytics", targets: ["ImpactAnalytics"]),
    .library(name: "ImpactExport", targets: ["ImpactExport"]),
    .library(name: "ImpactRun", targets: ["ImpactRun"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    // For tests only (the HTTP client of the serve and browser tests); Hummingbird's testing
    // module already brings both in.
    .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
  ],
  targets: [
    // C libraries, each reached only from the module that needs it.
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),

    // Layers: impact → Run → Export → Analytics → Model ← Ingest (Run also → Ingest);
    // Ingest, Export and Sample write files only through ImpactFiles.
    .target(name: "ImpactModel"),
    // Writing files: the atomic writer, the CSV writer, the output folder; one system-call seam;
    // the delimiter and text-encoding vocabulary that reading shares.
    .target(name: "ImpactFiles"),
    .target(
      name: "ImpactIngest",
      dependencies: [
        "ImpactModel", "ImpactFiles", "CLibCSV", "CLibXML2",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      // The vocabulary files are embedded by `make templates` (BuiltInVocabulary+Generated.swift).
      exclude: ["Vocabulary/Files"]
    ),
    .target(name: "ImpactAnalytics", dependencies: ["ImpactModel"]),
    .target(
      name: "ImpactExport",
      dependencies: [
        "ImpactAnalytics", "ImpactModel", "ImpactFiles", "CXlsxWriter",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .target(name: "ImpactSample", dependencies: ["ImpactModel", "ImpactFiles"]),
    .target(
      name: "ImpactRun",
      dependencies: [
        "ImpactIngest", "ImpactAnalytics", "ImpactExport", "ImpactModel", "ImpactFiles",
      ]
    ),
    // The browser app (`impact serve`): pages over ReportRun and ValidationRun.
    .target(
      name: "ImpactApp",
      dependencies: [
        "ImpactRun", "ImpactIngest", "ImpactExport", "ImpactAnalytics", "ImpactModel",
        "ImpactFiles", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      // The page templates are embedded by `make templates` (Pages/AppPages+Generated.swift).
      exclude: ["Pages/Templates"]
    ),
    .executableTarget(
      name: "impact",
      dependencies: [
        "ImpactModel", "ImpactIngest", "ImpactAnalytics", "ImpactExport", "ImpactSample",
        "ImpactRun", "ImpactFiles", "ImpactApp",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // `make bench`: the whole job timed against the libcsv and libxml2 parsing floors, and the
    // .xlsx data written with libxlsxwriter (never a test).
    .executableTarget(
      name: "ImpactBench",
      dependencies: [
        "ImpactIngest", "ImpactFiles", "CXlsxWriter",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // What several test targets share (a temporary folder); used by tests only.
    .target(
      name: "ImpactTestSupport",
      dependencies: [
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      path: "Tests/ImpactTestSupport"),

    .testTarget(name: "ImpactModelTests", dependencies: ["ImpactModel"]),
    .testTarget(name: "ImpactFilesTests", dependencies: ["ImpactFiles", "ImpactTestSupport"]),
    .testTarget(
      name: "ImpactIngestTests",
      dependencies: [
        "ImpactIngest", "ImpactModel", "ImpactFiles", "ImpactTestSupport", "CXlsxWriter",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "ImpactAnalyticsTests", dependencies: ["ImpactAnalytics", "ImpactModel"]),
    .testTarget(
      name: "ImpactExportTests",
      dependencies: [
        "ImpactExport", "ImpactAnalytics", "ImpactModel", "ImpactFiles", "ImpactTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "impactTests",
      dependencies: [
        "impact", "ImpactTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "ImpactRunTests",
      dependencies: [
        "ImpactRun", "impact", "ImpactExport", "ImpactAnalytics", "ImpactModel", "ImpactFiles",
        "ImpactTestSupport",
      ]
    ),
    .testTarget(
      name: "ImpactAppTests",
      dependencies: [
        "ImpactApp", "ImpactRun", "ImpactModel", "ImpactTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The real-browser test (`make test-browser`): headless Chromium through WebDriver; a
    // plain `swift test` skips it.
    .testTarget(
      name: "ImpactBrowserTests",
      dependencies: [
        "impact", "ImpactTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "ImpactSampleTests",
      dependencies: [
        "ImpactSample", "ImpactIngest", "ImpactAnalytics", "ImpactExport", "ImpactModel",
        "ImpactRun",
        "ImpactFiles", "ImpactTestSupport",
      ]
    ),
  ]
)
