// Package enummap pairs proto enum values with the magic numbers or strings WeChat
// uses for them on the wire.
package enummap

// Map pairs each proto enum value E with its WeChat value W. Requests reach services
// validated (no UNSPECIFIED where a value is required), so WeChat never sees an
// unknown value; answers with a value WeChat added later map to E's zero value
// (UNSPECIFIED) rather than failing the call.
type Map[E, W comparable] map[E]W

// WeChat is e's wire value.
func (m Map[E, W]) WeChat(e E) W { return m[e] }

// Proto is the enum value for WeChat's w, or the zero value (UNSPECIFIED).
func (m Map[E, W]) Proto(w W) E {
	for e, v := range m {
		if v == w {
			return e
		}
	}
	var zero E
	return zero
}
