import Foundation

/// The path of a folder under `Fixtures/folders`.
func fixtureFolder(_ name: String) -> String {
  Bundle.module.url(forResource: "Fixtures/folders/\(name)", withExtension: nil)!.path
}
