import ImpactFiles

/// An illustrative postcode-to-IMD lookup for the sample's made-up postcodes, in the layout
/// `imd_lookup` reads (`postcode,imd_decile`), under a title row saying it is not real data.
enum IMDLookupFile {
  static let path = "lookups/postcode-imd-illustrative.csv"

  static func write(context: SampleContext) throws(FileWriteError) {
    var writer = try CSVWriter(path: context.folder + path)
    try writer.writeRow([
      CSVField("ILLUSTRATIVE ONLY: made-up postcodes and deciles for the sample, not real IMD data")
    ])
    try writer.writeRow(["postcode", "imd_decile"])
    for entry in context.postcodes.allWithDeciles {
      try writer.writeRow([CSVField(entry.postcode), CSVField(String(entry.decile))])
    }
    try writer.finish()
  }
}
