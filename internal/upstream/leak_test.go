package upstream

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when any goroutine they started is still
// running at the end: every server, client and worker a test starts must stop.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
