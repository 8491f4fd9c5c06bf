package wechatsim

// storeState is the simulator's store mini-program state (seed 004).
type storeState struct{}

// registerStore registers the store endpoints (seed 004).
func (s *Server) registerStore() {}
