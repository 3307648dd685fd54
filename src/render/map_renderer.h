// Draws the basemap: meshes uploaded once in an explicit step, each layer in one call.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/geo/map_geometry.h"
#include "render/gl_handles.h"
#include "render/map_style.h"
#include "render/shader_program.h"

namespace itinera {

// A line worked out for one frame (the trip's trails and routes to come), in map coordinates.
struct OverlayLine {
  std::vector<MapPoint> points;
  LineStyle style;
};

struct GpuMesh {
  gl::VertexArray vao;
  gl::Buffer vertices;
  gl::Buffer indices;
  GLsizei indexCount = 0;
  std::vector<MeshTile> tiles;  // empty: always draw everything
};

class MapRenderer {
 public:
  static Result<MapRenderer> create();

  // Hands the CPU-built geometry to GL: the levels it holds that this renderer lacks. Called
  // again as more levels are built; each GL context has its own renderer and uploads.
  void upload(const MapGeometry& geometry);
  // True when `geometry` holds a level this renderer has not uploaded.
  bool lacksLevelsOf(const MapGeometry& geometry) const;
  void draw(const Camera& camera, float uiScale, const std::string& highlightProvince = "");
  // Draws `lines` in order, each its casing then its colour, with the basemap's line shader:
  // anti-aliased and dashed by the pixel, a quad a segment, where ImGui would make a shape a dash.
  void drawOverlayLines(const std::vector<OverlayLine>& lines, const Camera& camera, float uiScale);

 private:
  // A layer at one level: its groups' meshes, each uploaded once however many levels share it.
  using GpuLevel = std::vector<std::shared_ptr<const GpuMesh>>;
  using Levels = std::array<GpuLevel, kLodTolerances.size()>;
  template <typename Mesh, typename Upload>
  GpuLevel uploadLevel(const LevelMeshes<Mesh>& level, Upload upload);

  void drawLines(const GpuLevel& level, MapPoint origin, const Camera& camera, const LineStyle& style, float uiScale);
  void useLineProgram(MapPoint origin, const Camera& camera);
  void setLinePass(Rgba color, float width, float dashOn, float dashOff, float uiScale);
  static GpuMesh uploadLines(const LineMesh& mesh);
  static GpuMesh uploadFill(const FillMesh& mesh);
  void drawFill(const GpuLevel& level, const Camera& camera, Rgba color);
  // Issues one draw call for the tiles of `mesh` that the camera can see.
  void drawVisible(const GpuMesh& mesh, MapPoint origin, const Camera& camera);
  void setCameraUniforms(ShaderProgram& program, MapPoint origin, const Camera& camera);

  ShaderProgram fillProgram_;
  ShaderProgram lineProgram_;
  MapPoint origin_;
  std::map<const void*, std::shared_ptr<const GpuMesh>> uploaded_;  // by the CPU mesh they came from
  std::vector<std::pair<std::string, Levels>> fills_;
  std::vector<std::pair<std::string, Levels>> lines_;
  std::array<bool, kLodTolerances.size()> built_{};
  std::map<std::string, GpuLevel> provinceFills_;
  GpuMesh overlayLines_;  // refilled each frame
};

}  // namespace itinera
