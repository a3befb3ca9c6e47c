/** Lotse's word mark for the login page: a compass needle and the name (inline SVG, nothing loaded from elsewhere). */
export function LotseLogo() {
  return (
    <svg width="180" height="48" viewBox="0 0 180 48" role="img" aria-label="Lotse">
      <circle cx="24" cy="24" r="21" fill="none" stroke="#0b4f9c" strokeWidth="4" />
      <path d="M24 8 L30 24 L24 40 L18 24 Z" fill="#0b4f9c" />
      <path d="M24 8 L30 24 L18 24 Z" fill="#d4a017" />
      <text x="56" y="34" fontFamily="system-ui, sans-serif" fontSize="30" fontWeight="700" fill="currentColor">
        Lotse
      </text>
    </svg>
  )
}
