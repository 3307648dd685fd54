#version 330 core
in vec4 v_colour;
out vec4 o_color;
void main() {
  o_color = vec4(v_colour.rgb, 1.0);
}
