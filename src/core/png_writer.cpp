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
  GDALDatasetUniquePtr image(mem->Create("", width, height, 0, GDT_Byte, nullptr));
  if (!image) return "cannot make an image in memory: " + std::string(CPLGetLastErrorMsg());
  // The bands read the pixels where they are: band b starts at byte b, a pixel every 4 bytes.
  const std::string pixelOffset = "PIXELOFFSET=4", lineOffset = "LINEOFFSET=" + std::to_string(4LL * width);
  for (int band = 0; band < 4; ++band) {
    char pointer[64] = {};
    CPLPrintPointer(pointer, const_cast<uint8_t*>(rgba.data()) + band, sizeof pointer - 1);
    const std::string dataPointer = std::string("DATAPOINTER=") + pointer;
    const char* options[] = {dataPointer.c_str(), pixelOffset.c_str(), lineOffset.c_str(), nullptr};
    if (image->AddBand(GDT_Byte, const_cast<char**>(options)) != CE_None)
      return "cannot hand the image to GDAL: " + std::string(CPLGetLastErrorMsg());
  }
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
