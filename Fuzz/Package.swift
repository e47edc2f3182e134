// swift-tools-version:6.0
import PackageDescription

// The fuzz targets (docs/reliability.md, "Fuzzing"): one libFuzzer executable per input a
// user gives impact. They need `-sanitize=fuzzer,address -parse-as-library -enable-testing`,
// so they live outside the main package and are built only by `make fuzz`.
let package = Package(
  name: "impact-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "impact", path: "..")],
  targets: [
    // libFuzzer's driver, declared for Swift.
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzer",
        .product(name: "ImpactModel", package: "impact"),
        .product(name: "ImpactIngest", package: "impact"),
        .product(name: "ImpactAnalytics", package: "impact"),
        .product(name: "ImpactExport", package: "impact"),
        .product(name: "ImpactRun", package: "impact"),
      ]
    ),
    .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-config", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-templates", dependencies: ["FuzzSupport"]),
  ]
)
