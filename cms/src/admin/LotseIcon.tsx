/** Lotse's compass needle for the admin's navigation (inline SVG). */
export function LotseIcon() {
  return (
    // Fills the navigation's home link (16–18 px square).
    <svg width="100%" height="100%" viewBox="0 0 48 48" role="img" aria-label="Lotse">
      <circle cx="24" cy="24" r="21" fill="none" stroke="#0b4f9c" strokeWidth="4" />
      <path d="M24 8 L30 24 L24 40 L18 24 Z" fill="#0b4f9c" />
      <path d="M24 8 L30 24 L18 24 Z" fill="#d4a017" />
    </svg>
  )
}
