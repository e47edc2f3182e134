import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// The empty CSVs `impact init` writes are recognised as their kinds, with no rows.
@Test func templateHeadersAreRecognisedAsTheirKinds() throws {
  var files: [String: String] = [:]
  for kind in FileKind.allCases {
    // Names that do not announce the kind, so the header alone decides.
    files["t-\(kind.rawValue).csv"] =
      CanonicalColumns.header(for: kind).joined(separator: ",") + "\n"
  }
  let dataset = try TemporaryFolder(files).read()
  #expect(dataset.files.map(\.kind) == [.attendance, .feedback, .funding, .participants])
  #expect(dataset.files.allSatisfy { $0.rowsRead == 0 && $0.unknownColumns.isEmpty })
}

@Test func aFolderWithoutDataFilesSaysWhatToDo() throws {
  let temporary = try TemporaryFolder()
  defer { temporary.remove() }
  let folder = temporary.path
  #expect(throws: IngestError.noDataFiles(folder)) {
    try DataFolderReader(configuration: ImpactConfiguration()).read(folder: folder)
  }
  #expect(throws: IngestError.folderNotFound(folder + "/missing")) {
    try DataFolderReader(configuration: ImpactConfiguration()).read(folder: folder + "/missing")
  }
}
