// /vsimem/ keeps half-written datasets out of the target's folder: GDAL drivers write by name
// and may reopen or seek, which a stream from writeAtomically cannot offer.
#include "interchange/gdal_output.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "core/io/atomic_file.h"

namespace itinera {
namespace {

std::string memoryPathFor(const std::string& path) {
  static std::atomic<int> counter{0};
  std::string folder = "/vsimem/itinera-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  VSIMkdir(folder.c_str(), 0755);  // drivers such as CSV check that the folder exists
  return folder + "/" + std::filesystem::path(path).filename().string();
}

// The bytes of a /vsimem/ file, removed from memory as they are taken.
std::string takeMemoryFile(const std::string& memoryPath) {
  vsi_l_offset length = 0;
  GByte* data = VSIGetMemFileBuffer(memoryPath.c_str(), &length, TRUE);
  std::string bytes(reinterpret_cast<const char*>(data), size_t(length));
  CPLFree(data);
  return bytes;
}

// Removes whatever the driver left in the memory folder (journals, side files).
void clearMemoryFolder(const std::string& memoryPath) {
  std::string folder = std::filesystem::path(memoryPath).parent_path().string();
  VSIRmdirRecursive(folder.c_str());
}

}  // namespace

std::string gdalError(const std::string& fallback) {
  const char* message = CPLGetLastErrorMsg();
  return message && *message ? std::string(message) : fallback;
}

std::string buildGdalDataset(const std::string& driverName, const std::string& path,
                             const std::vector<std::string>& creationOptions,
                             const std::function<std::string(GDALDataset&)>& fill, std::string& bytes) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!driver) return path + ": GDAL has no " + driverName + " driver";
  std::string memoryPath = memoryPathFor(path);
  CPLStringList options;
  for (const std::string& o : creationOptions) options.AddString(o.c_str());
  CPLErrorReset();
  GDALDatasetUniquePtr ds(driver->Create(memoryPath.c_str(), 0, 0, 0, GDT_Unknown, options.List()));
  if (!ds) return path + ": " + gdalError("GDAL could not create the " + driverName + " dataset");
  std::string error = fill(*ds);
  if (!error.empty()) CPLErrorReset();
  ds.reset();  // closing writes what the driver still holds
  if (error.empty() && CPLGetLastErrorType() >= CE_Failure) error = gdalError("GDAL could not finish the dataset");
  bytes = error.empty() ? takeMemoryFile(memoryPath) : "";
  clearMemoryFolder(memoryPath);
  return error.empty() ? "" : path + ": " + error;
}

std::string writeGdalDataset(const std::string& driverName, const std::string& path,
                             const std::vector<std::string>& creationOptions,
                             const std::function<std::string(GDALDataset&)>& fill) {
  std::string bytes;
  if (auto error = buildGdalDataset(driverName, path, creationOptions, fill, bytes); !error.empty()) return error;
  return writeFileAtomically(path, bytes);
}

}  // namespace itinera
