export function App() {
  return <main>Break</main>;
}
