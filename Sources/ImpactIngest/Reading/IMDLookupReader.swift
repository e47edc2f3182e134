import ImpactFiles
import ImpactModel

/// Reads the optional postcode-to-IMD lookup (`postcode,imd_decile`) named by `imd_lookup`.
struct IMDLookupReader {
  /// The decile of each normalised postcode.
  func read(path: String, shownAs shown: String) throws(IngestError) -> [String: Int8] {
    do {
      let reader = try CSVFileReader(path: path)
      let isHeader: ([String]) -> Bool = { cells in
        let names = cells.map(HeaderName.normalise)
        return names.contains("postcode") && names.contains(where: { $0.hasPrefix("imd") })
      }
      let delimiter = Delimiter.sniff(sampleLines: try reader.sampleLines(5), isHeader: isHeader)
      var columns: (postcode: Int, decile: Int)?
      var lookup: [String: Int8] = [:]
      try reader.forEachRecord(delimiter: delimiter) { record in
        guard record.problem == nil else { return }
        guard let (postcode, decile) = columns else {
          let names = record.allFields.map(HeaderName.normalise)
          if let p = names.firstIndex(of: "postcode"),
            let d = names.firstIndex(where: { $0.hasPrefix("imd") })
          {
            columns = (p, d)
          }
          return
        }
        guard max(postcode, decile) < record.count,
          case .value(let code) = PostcodeParser.parse(record[postcode]),
          case .value(let value) = DecileParser.parse(record[decile])
        else { return }
        lookup[code] = Int8(value)
      }
      guard columns != nil else {
        throw IngestError.imdLookup(
          path: shown, reason: "it needs a header with `postcode` and `imd_decile` columns")
      }
      return lookup
    } catch let error as IngestError {
      throw error
    } catch {
      throw .imdLookup(path: shown, reason: "it cannot be read (\(error))")
    }
  }
}
