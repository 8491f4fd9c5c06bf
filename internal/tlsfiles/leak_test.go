package tlsfiles_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when any goroutine they started is still
// running at the end: every server and client a test starts must stop.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
