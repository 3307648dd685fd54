#version 330 core
// One texel per pixel of a texture drawn at u_origin (framebuffer pixels from the bottom left),
// its colours premultiplied by alpha.
uniform sampler2D u_texture;
uniform ivec2 u_origin;
out vec4 o_color;
void main() {
  o_color = texelFetch(u_texture, ivec2(gl_FragCoord.xy) - u_origin, 0);
}
