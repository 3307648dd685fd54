// GL side of the basemap: buffers, vertex layouts, and the per-layer draw calls.
#include "render/map_renderer.h"

#include <embedded_shaders.h>

namespace itinera {
namespace {

template <typename Vertex>
GpuMesh uploadMesh(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices) {
  GpuMesh m;
  m.vao = gl::makeVertexArray();
  m.vertices = gl::makeBuffer();
  m.indices = gl::makeBuffer();
  glBindVertexArray(m.vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, m.vertices.get());
  glBufferData(GL_ARRAY_BUFFER, vertices.size() * sizeof(Vertex), vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m.indices.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, indices.size() * sizeof(uint32_t), indices.data(), GL_STATIC_DRAW);
  m.indexCount = GLsizei(indices.size());
  return m;
}

void attribute(GLuint index, GLint size, size_t stride, size_t offset) {
  glEnableVertexAttribArray(index);
  glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, GLsizei(stride), reinterpret_cast<void*>(offset));
}

}  // namespace

GpuMesh MapRenderer::uploadFill(const FillMesh& mesh) {
  GpuMesh m = uploadMesh(mesh.vertices, mesh.indices);
  m.tiles = mesh.tiles;
  attribute(0, 2, sizeof(FillVertex), 0);
  glBindVertexArray(0);
  return m;
}

GpuMesh MapRenderer::uploadLines(const LineMesh& mesh) {
  GpuMesh m = uploadMesh(mesh.vertices, mesh.indices);
  m.tiles = mesh.tiles;
  attribute(0, 2, sizeof(LineVertex), offsetof(LineVertex, x));
  attribute(1, 2, sizeof(LineVertex), offsetof(LineVertex, extrudeX));
  attribute(2, 1, sizeof(LineVertex), offsetof(LineVertex, edge));
  attribute(3, 1, sizeof(LineVertex), offsetof(LineVertex, along));
  glBindVertexArray(0);
  return m;
}

Result<MapRenderer> MapRenderer::create() {
  auto fill = ShaderProgram::build("fill", shaders::fill_vert, shaders::fill_frag);
  if (!fill) return Error{fill.error()};
  auto line = ShaderProgram::build("line", shaders::line_vert, shaders::line_frag);
  if (!line) return Error{line.error()};
  MapRenderer r;
  r.fillProgram_ = std::move(fill.value());
  r.lineProgram_ = std::move(line.value());
  return r;
}

template <typename Mesh, typename Upload>
MapRenderer::GpuLevel MapRenderer::uploadLevel(const LevelMeshes<Mesh>& level, Upload upload) {
  GpuLevel out;
  for (const MeshPart<Mesh>& part : level) {
    std::shared_ptr<const GpuMesh>& gpu = uploaded_[part.mesh.get()];
    if (!gpu) gpu = std::make_shared<const GpuMesh>(upload(*part.mesh));
    out.push_back(gpu);
  }
  return out;
}

void MapRenderer::upload(const MapGeometry& geometry) {
  origin_ = geometry.origin;
  fills_.resize(geometry.fills.size());
  lines_.resize(geometry.lines.size());
  for (size_t level = 0; level < kLodTolerances.size(); ++level) {
    if (!geometry.built[level] || built_[level]) continue;
    built_[level] = true;
    for (size_t i = 0; i < geometry.fills.size(); ++i) {
      fills_[i].first = geometry.fills[i].name;
      fills_[i].second[level] = uploadLevel(geometry.fills[i].lods[level], uploadFill);
    }
    for (size_t i = 0; i < geometry.lines.size(); ++i) {
      lines_[i].first = geometry.lines[i].name;
      lines_[i].second[level] = uploadLevel(geometry.lines[i].lods[level], uploadLines);
    }
  }
  for (auto& [id, mesh] : geometry.provinceFills)
    if (!provinceFills_.count(id)) provinceFills_[id] = {std::make_shared<const GpuMesh>(uploadFill(mesh))};
}

bool MapRenderer::lacksLevelsOf(const MapGeometry& geometry) const {
  for (size_t level = 0; level < kLodTolerances.size(); ++level)
    if (geometry.built[level] && !built_[level]) return true;
  return false;
}

void MapRenderer::setCameraUniforms(ShaderProgram& program, MapPoint origin, const Camera& camera) {
  glUniform2f(program.uniform("u_offset"), float(origin.x - camera.center.x), float(origin.y - camera.center.y));
  glUniform2f(program.uniform("u_scale"), float(2.0 / (camera.metresPerPixel * camera.viewport.width)),
              float(2.0 / (camera.metresPerPixel * camera.viewport.height)));
}

void MapRenderer::drawVisible(const GpuMesh& mesh, MapPoint origin, const Camera& camera) {
  glBindVertexArray(mesh.vao.get());
  if (mesh.tiles.empty()) {
    glDrawElements(GL_TRIANGLES, mesh.indexCount, GL_UNSIGNED_INT, nullptr);
    return;
  }
  MapBox box = camera.visibleBox();
  double margin = 16 * camera.metresPerPixel;  // wide lines reach past their tile
  box.min = {box.min.x - origin.x - margin, box.min.y - origin.y - margin};
  box.max = {box.max.x - origin.x + margin, box.max.y - origin.y + margin};
  std::vector<GLsizei> counts;
  std::vector<const void*> offsets;
  for (const MeshTile& t : visibleTiles(mesh.tiles, box)) {
    counts.push_back(GLsizei(t.indexCount));
    offsets.push_back(reinterpret_cast<const void*>(size_t(t.firstIndex) * sizeof(uint32_t)));
  }
  if (!counts.empty())
    glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(), GLsizei(counts.size()));
}

void MapRenderer::drawFill(const GpuLevel& level, const Camera& camera, Rgba color) {
  fillProgram_.use();
  setCameraUniforms(fillProgram_, origin_, camera);
  glUniform4f(fillProgram_.uniform("u_color"), color.r, color.g, color.b, color.a);
  if (color.a >= 1) glDisable(GL_BLEND);  // opaque: the rasteriser need not read the framebuffer
  for (auto& mesh : level) drawVisible(*mesh, origin_, camera);
  glEnable(GL_BLEND);
}

void MapRenderer::useLineProgram(MapPoint origin, const Camera& camera) {
  lineProgram_.use();
  setCameraUniforms(lineProgram_, origin, camera);
  glUniform2f(lineProgram_.uniform("u_viewport"), float(camera.viewport.width), float(camera.viewport.height));
  glUniform1f(lineProgram_.uniform("u_metresPerPixel"), float(camera.metresPerPixel));
}

void MapRenderer::setLinePass(Rgba color, float width, float dashOn, float dashOff, float uiScale) {
  glUniform4f(lineProgram_.uniform("u_color"), color.r, color.g, color.b, color.a);
  glUniform1f(lineProgram_.uniform("u_halfWidth"), width * uiScale / 2 + 1.0f);
  glUniform2f(lineProgram_.uniform("u_dash"), dashOn * uiScale, dashOff * uiScale);
}

void MapRenderer::drawLines(const GpuLevel& level, MapPoint origin, const Camera& camera, const LineStyle& s,
                            float uiScale) {
  useLineProgram(origin, camera);
  if (s.casing.a > 0) {
    setLinePass(s.casing, s.casingWidth, 0, 0, uiScale);
    for (auto& mesh : level) drawVisible(*mesh, origin, camera);
  }
  setLinePass(s.color, s.width, s.dashOn, s.dashOff, uiScale);
  for (auto& mesh : level) drawVisible(*mesh, origin, camera);
}

void MapRenderer::drawOverlayLines(const std::vector<OverlayLine>& lines, const Camera& camera, float uiScale) {
  const MapPoint origin = camera.center;  // floats are precise near what is seen
  LineMesh all;
  std::vector<std::pair<size_t, GLsizei>> ranges;  // each line's first index and count
  for (const OverlayLine& line : lines) {
    LineMesh mesh = buildLineMesh({&line.points}, origin, 0);
    auto offset = uint32_t(all.vertices.size());
    ranges.push_back({all.indices.size(), GLsizei(mesh.indices.size())});
    all.vertices.insert(all.vertices.end(), mesh.vertices.begin(), mesh.vertices.end());
    for (uint32_t i : mesh.indices) all.indices.push_back(i + offset);
  }
  if (all.indices.empty()) return;
  if (!overlayLines_.vao.get()) overlayLines_ = uploadLines(LineMesh{});  // its buffers, filled below
  glBindVertexArray(overlayLines_.vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, overlayLines_.vertices.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(all.vertices.size() * sizeof(LineVertex)), all.vertices.data(), GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(all.indices.size() * sizeof(uint32_t)), all.indices.data(),
               GL_STREAM_DRAW);  // the element buffer is the vertex array's
  useLineProgram(origin, camera);
  auto drawRange = [](std::pair<size_t, GLsizei> range) {
    glDrawElements(GL_TRIANGLES, range.second, GL_UNSIGNED_INT, reinterpret_cast<const void*>(range.first * sizeof(uint32_t)));
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineStyle& s = lines[i].style;
    if (ranges[i].second == 0) continue;
    if (s.casing.a > 0) {
      setLinePass(s.casing, s.casingWidth, 0, 0, uiScale);
      drawRange(ranges[i]);
    }
    setLinePass(s.color, s.width, s.dashOn, s.dashOff, uiScale);
    drawRange(ranges[i]);
  }
  glBindVertexArray(0);
}

void MapRenderer::draw(const Camera& camera, float uiScale, const std::string& highlightProvince) {
  size_t lod = nearestBuiltLevel(built_, lodForScale(camera.metresPerPixel));
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  for (auto& [name, lods] : fills_) {
    drawFill(lods[lod], camera, style::fillColor(name));
    if (name == "panama" && provinceFills_.count(highlightProvince))
      drawFill(provinceFills_[highlightProvince], camera, style::kHighlight);
  }
  for (auto& [name, lods] : lines_) drawLines(lods[lod], origin_, camera, style::lineStyle(name), uiScale);
  glBindVertexArray(0);
}

}  // namespace itinera
