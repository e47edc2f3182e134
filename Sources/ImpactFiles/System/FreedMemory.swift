#if canImport(Glibc)
  import Glibc
#endif

/// Memory the process has freed but the C allocator still holds: the package's one call into
/// the allocator, beside its other system calls.
///
/// glibc keeps freed heap pages for later allocations rather than giving them back, so the
/// buffers of the reading, freed once the dataset is built, would go on counting in the
/// run's resident memory while the figures are computed and written. Handing them back
/// between the phases keeps the run's peak to what each phase really holds.
public enum FreedMemory {
  /// Gives the freed pages back to the system (glibc's `malloc_trim`, which the Glibc module
  /// does not declare, so it is looked up by name); nothing elsewhere.
  public static func giveBack() {
    #if canImport(Glibc)
      typealias Trim = @convention(c) (Int) -> Int32
      guard let program = dlopen(nil, RTLD_NOW), let trim = dlsym(program, "malloc_trim") else {
        return
      }
      _ = unsafeBitCast(trim, to: Trim.self)(0)
    #endif
  }
}
