export function App() {
  return <main>Popup</main>;
}
