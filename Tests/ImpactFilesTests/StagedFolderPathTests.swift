import Testing

@testable import ImpactFiles

// A one-letter relative folder (`--out a`) used to trap inside Foundation.
@Test(arguments: [
  ("a", ".", "a"), ("a/", ".", "a"), ("reports/a", "reports", "a"),
  ("reports//2025-26/", "reports", "2025-26"), ("/a", "/", "a"), ("/tmp/out", "/tmp", "out"),
  ("./b", ".", "b"),
])
func stagedFolderSplitsItsTarget(path: String, parent: String, name: String) {
  #expect(StagedFolder.parent(of: path) == parent)
  #expect(StagedFolder.name(of: path) == name)
}
