export function App() {
  return <main>Onboarding</main>;
}
