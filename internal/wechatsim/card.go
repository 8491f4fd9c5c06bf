package wechatsim

// cardState is the simulator's card/coupon state (seed 002).
type cardState struct{}

// registerCard registers the card endpoints (seed 002).
func (s *Server) registerCard() {}
