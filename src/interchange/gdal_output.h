// A GDAL vector dataset written whole or not at all: built in GDAL's memory file system, then
// its bytes written over the target atomically (core/io/atomic_file.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <gdal_priv.h>

namespace itinera {

// Creates a `driver` dataset named like `path` (the layer names some drivers derive from it stay
// the same), lets `fill` add its layers and features (returning "" or an error), closes it and
// writes it to `path`. Returns "" or an error naming `path`.
std::string writeGdalDataset(const std::string& driver, const std::string& path,
                             const std::vector<std::string>& creationOptions,
                             const std::function<std::string(GDALDataset&)>& fill);

// As writeGdalDataset, but hands the finished dataset's bytes to `bytes` instead of writing a
// file, for a format whose file is finished by another library (KML with its tour).
std::string buildGdalDataset(const std::string& driver, const std::string& path,
                             const std::vector<std::string>& creationOptions,
                             const std::function<std::string(GDALDataset&)>& fill, std::string& bytes);

// The last GDAL error message, or `fallback` when GDAL gave none.
std::string gdalError(const std::string& fallback);

}  // namespace itinera
