import Foundation
import ImpactAnalytics
import ImpactFiles
import ImpactIngest
import ImpactRun
import Testing

@testable import impact

/// OUTPUTS.md: 1 the data stopped the run; 2 a usage or settings error; 3 an output could not
/// be written.
@Test(arguments: [
  (ReportRunError.unknownFunder(name: "Nobody", period: "2025-26 Q2", funders: []), 2),
  (.dataFolderNotFound("/nowhere"), 2),
  (.sourceDateEpoch("abc"), 2),
  (.period(.unrecognised(given: "soon", financialYearStart: 4)), 2),
  (.template(.missingFolder("my-templates")), 2),
  (.configuration(.fileNotFound(path: "x.yml")), 2),
  (.data(.noDataFiles("empty")), 1),
  (.rejectedRows(count: 1, folder: "data"), 1),
  (.noAttendedSession(folder: "data"), 1),
  (.outputFolder(.cannotCreate(path: "blocked", code: EACCES, reason: "Permission denied")), 3),
  (.outputFolder(.notAnOutputFolder(path: "data", entry: "attendance.csv")), 3),
  (.reportNotWritten(folder: "out", reason: "disk full"), 3),
  (.dataQualityNotWritten(folder: "out", reason: "disk full"), 3),
  (.settingsFileExists(path: "data/impact.yml", data: "data"), 3),
  (.settingsNotWritten(path: "blocked/impact.yml", reason: "Permission denied"), 3),
])
func eachStopHasItsExitStatus(error: ReportRunError, status: Int) {
  #expect(ExitStatus(error).rawValue == Int32(status))
  #expect(ExitStatus(error).code.rawValue == Int32(status))
}
