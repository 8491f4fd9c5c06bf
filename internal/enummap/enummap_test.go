package enummap

import "testing"

type color int32

const (
	colorUnspecified color = iota
	colorRed
	colorBlue
)

func TestMap(t *testing.T) {
	m := Map[color, int]{colorRed: 0, colorBlue: 1}
	tests := []struct {
		e    color
		wire int
	}{{colorRed, 0}, {colorBlue, 1}}
	for _, tt := range tests {
		if got := m.WeChat(tt.e); got != tt.wire {
			t.Errorf("WeChat(%v) = %v, want %v", tt.e, got, tt.wire)
		}
		if got := m.Proto(tt.wire); got != tt.e {
			t.Errorf("Proto(%v) = %v, want %v", tt.wire, got, tt.e)
		}
	}
	if got := m.Proto(7); got != colorUnspecified {
		t.Errorf("Proto(unknown) = %v, want the zero value", got)
	}
	s := Map[color, string]{colorRed: "SCENE_RED"}
	if s.WeChat(colorRed) != "SCENE_RED" || s.Proto("SCENE_RED") != colorRed || s.Proto("X") != colorUnspecified {
		t.Error("string-valued map")
	}
}
