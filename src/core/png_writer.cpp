// PNG output via GDAL's MEM and PNG drivers.
#include "core/png_writer.h"

#include <gdal_priv.h>

#include <cctype>
#include <cstdio>
#include <filesystem>

#include "core/atomic_file.h"

namespace itinera {

std::string writePngAtomically(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba) {
  GDALAllRegister();
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
  if (!mem || !png) return "GDAL lacks the MEM or PNG driver";
  GDALDatasetUniquePtr image(mem->Create("", width, height, 4, GDT_Byte, nullptr));
  CPLErr err = image->RasterIO(GF_Write, 0, 0, width, height, const_cast<uint8_t*>(rgba.data()), width, height,
                               GDT_Byte, 4, nullptr, 4, 4LL * width, 1);
  if (err != CE_None) return "cannot fill the image: " + std::string(CPLGetLastErrorMsg());
  std::string temp = temporaryPathFor(path);
  CPLPushErrorHandler(CPLQuietErrorHandler);
  // Flat map colours compress well even at the fastest level.
  const char* options[] = {"ZLEVEL=1", nullptr};
  GDALDatasetUniquePtr out(
      png->CreateCopy(temp.c_str(), image.get(), FALSE, const_cast<char**>(options), nullptr, nullptr));
  CPLPopErrorHandler();
  if (!out) {
    std::remove(temp.c_str());
    std::string why = CPLGetLastErrorMsg();
    while (!why.empty() && std::isspace(static_cast<unsigned char>(why.back()))) why.pop_back();
    return path + ": cannot write PNG (" + why + ")";
  }
  out.reset();
  std::remove((temp + ".aux.xml").c_str());
  return commitTemporary(temp, path);
}

}  // namespace itinera
